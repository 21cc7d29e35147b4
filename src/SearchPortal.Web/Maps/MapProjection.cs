using System.Globalization;
using System.Text;

namespace SearchPortal.Web.Maps;

/// <summary>
/// Mercator, fitted to a set of outlines: <see cref="Width"/> user units wide with a margin, as tall as the
/// outlines need. Mercator because it keeps shapes as readers know them from web maps. Coordinates are rounded
/// to 0.1 unit (at 1,000 units wide, finer than a screen shows), repeated points dropped and steps written
/// relative to the previous point, so path data stay small (and a rendered map under the large object heap's
/// 85 KB). Immutable; used once per level while <see cref="MapAtlas"/> loads.
/// </summary>
internal sealed class MapProjection
{
    public const int Width = 1000;
    private const double Margin = 10;

    /// <summary>Regions whose width and height add up to less than this many units (Callao, Trinidad and Tobago, Puerto Rico) also get a marker.</summary>
    private const int MarkerBelow = 32;

    private readonly double _west, _north, _scale;

    private MapProjection(double west, double north, double scale, double height) =>
        (_west, _north, _scale, Height) = (west, north, scale, height);

    /// <summary>The height in user units, margins included, rounded up to a whole unit.</summary>
    public double Height { get; }

    public static MapProjection Fit(IEnumerable<GeoFeature> features)
    {
        var points = features.SelectMany(f => f.Rings).SelectMany(r => r).ToArray();
        var (west, east) = (points.Min(p => p.Lon), points.Max(p => p.Lon));
        var (south, north) = (Y(points.Min(p => p.Lat)), Y(points.Max(p => p.Lat)));
        var scale = (Width - 2 * Margin) / (east - west);
        return new MapProjection(west, north, scale, Math.Ceiling((north - south) * scale + 2 * Margin));
    }

    /// <summary>
    /// The region with its outline as SVG path data, one closed subpath per ring, an absolute start then relative
    /// steps (holes are cut out by <c>fill-rule="evenodd"</c>), and a marker at its centre when it is too small
    /// to see or to hit.
    /// </summary>
    public MapRegion Project(string path, GeoFeature feature)
    {
        var data = new StringBuilder();
        var (left, top, right, bottom) = (int.MaxValue, int.MaxValue, int.MinValue, int.MinValue);
        foreach (var ring in feature.Rings)
        {
            var points = Rounded(ring);
            if (points.Count < 3) continue;
            for (var i = 0; i < points.Count; i++)
            {
                var (x, y) = points[i];
                if (i == 0) data.Append('M').Append(Tenths(x)).Append(',').Append(Tenths(y)).Append('l');
                else AppendDelta(data, x - points[i - 1].X, y - points[i - 1].Y, first: i == 1);
                (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
            }
            data.Append('Z');
        }
        var small = right - left + (bottom - top) < MarkerBelow * 10;
        return new MapRegion(path, data.ToString()) { Marker = small ? ((left + right) / 20.0, (top + bottom) / 20.0) : null };
    }

    private List<(int X, int Y)> Rounded((double Lon, double Lat)[] ring)
    {
        var points = new List<(int X, int Y)>(ring.Length);
        foreach (var (lon, lat) in ring)
        {
            var point = ((int)Math.Round(((lon - _west) * _scale + Margin) * 10), (int)Math.Round(((_north - Y(lat)) * _scale + Margin) * 10));
            if (points.Count == 0 || points[^1] != point) points.Add(point);
        }
        if (points.Count > 1 && points[0] == points[^1]) points.RemoveAt(points.Count - 1);
        return points;
    }

    /// <summary>Mercator's northing in degrees of longitude, so that one scale serves both axes.</summary>
    private static double Y(double latitude) =>
        Math.Log(Math.Tan(Math.PI / 4 + latitude * Math.PI / 360)) * 180 / Math.PI;

    /// <summary>A relative step, exact because both ends are whole tenths; a minus sign separates numbers by itself.</summary>
    private static void AppendDelta(StringBuilder data, int dx, int dy, bool first)
    {
        if (!first && dx >= 0) data.Append(' ');
        data.Append(Tenths(dx));
        if (dy >= 0) data.Append(',');
        data.Append(Tenths(dy));
    }

    private static string Tenths(int tenths) => (tenths / 10.0).ToString("0.#", CultureInfo.InvariantCulture);
}
