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

describe('a place without coordinates', () => {
  const place = { name: '国家会议中心', city: '北京' };
  it('searches Amap for its name within its city', () => {
    const url = new URL(amapUrl(place));
    expect(url.origin + url.pathname).toBe('https://uri.amap.com/search');
    expect(url.searchParams.get('keyword')).toBe('国家会议中心');
    expect(url.searchParams.get('city')).toBe('北京');
  });
  it('searches OpenStreetMap for the name and city, with no coordinates made up', () => {
    const url = new URL(openStreetMapUrl(place));
    expect(url.pathname).toBe('/search');
    expect(url.searchParams.get('query')).toBe('国家会议中心, 北京');
    expect(url.href).not.toMatch(/mlat|mlon/);
  });
});
