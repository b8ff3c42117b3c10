/**
 * Links to a place on maps that work from mainland China (Amap) and everywhere (OpenStreetMap).
 * Links only: no map is embedded, so no request leaves the site and no border is drawn.
 */
export interface MapPoint {
  lat: number;
  lng: number;
  name: string;
}

/** Amap's URI API marker; `coordinate=wgs84` tells Amap our coordinates are GPS (WGS-84), not GCJ-02. */
export function amapUrl({ lat, lng, name }: MapPoint): string {
  const params = new URLSearchParams({
    position: `${lng},${lat}`,
    name,
    coordinate: 'wgs84',
    callnative: '0',
  });
  return `https://uri.amap.com/marker?${params}`;
}

export function openStreetMapUrl({ lat, lng }: MapPoint, zoom = 15): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=${zoom}/${lat}/${lng}`;
}
