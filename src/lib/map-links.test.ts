import { describe, expect, it } from 'vitest';
import { amapUrl, openStreetMapUrl } from './map-links.ts';

const expo = { lat: 30.2296, lng: 120.2398, name: '杭州国际博览中心' };

describe('map links', () => {
  it('Amap puts longitude first and says the coordinates are WGS-84', () => {
    const url = new URL(amapUrl(expo));
    expect(url.host).toBe('uri.amap.com');
    expect(url.searchParams.get('position')).toBe('120.2398,30.2296');
    expect(url.searchParams.get('coordinate')).toBe('wgs84');
    expect(url.searchParams.get('name')).toBe('杭州国际博览中心');
  });
  it('OpenStreetMap marks the point and centres the map on it', () => {
    expect(openStreetMapUrl(expo)).toBe('https://www.openstreetmap.org/?mlat=30.2296&mlon=120.2398#map=15/30.2296/120.2398');
  });
});
