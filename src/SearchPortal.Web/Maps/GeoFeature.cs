namespace SearchPortal.Web.Maps;

/// <summary>
/// One outline read from a GeoJSON file: its key (an ISO code, an INEI code…) and its rings as (longitude,
/// latitude) pairs in WGS84, holes included. Only lives while <see cref="MapAtlas"/> loads. Immutable.
/// </summary>
internal sealed record GeoFeature(string Key, IReadOnlyList<(double Lon, double Lat)[]> Rings);
