/**
 * Links to a place on maps that work from mainland China (Amap) and everywhere (OpenStreetMap).
 * Links only: no map is embedded, so no request leaves the site and no border is drawn.
 */
export interface MapPoint {
  lat: number;
  lng: number;
  name: string;
}

/** A place whose coordinates no source gives: the map searches for its name in its city. */
export interface MapSearch {
  name: string;
  city: string;
}

export type MapPlace = MapPoint | MapSearch;

const isPoint = (place: MapPlace): place is MapPoint => 'lat' in place;

/**
 * Amap's URI API: a marker (`coordinate=wgs84` tells Amap our coordinates are GPS, not GCJ-02),
 * or a search for the name within the city.
 */
export function amapUrl(place: MapPlace): string {
  if (!isPoint(place)) return `https://uri.amap.com/search?${new URLSearchParams({ keyword: place.name, city: place.city, callnative: '0' })}`;
  const params = new URLSearchParams({
    position: `${place.lng},${place.lat}`,
    name: place.name,
    coordinate: 'wgs84',
    callnative: '0',
  });
  return `https://uri.amap.com/marker?${params}`;
}

export function openStreetMapUrl(place: MapPlace, zoom = 15): string {
  if (!isPoint(place)) return `https://www.openstreetmap.org/search?${new URLSearchParams({ query: `${place.name}, ${place.city}` })}`;
  return `https://www.openstreetmap.org/?mlat=${place.lat}&mlon=${place.lng}#map=${zoom}/${place.lat}/${place.lng}`;
}
