using System.Text.Json;

namespace SearchPortal.Web.Maps;

/// <summary>
/// Reads the Polygon and MultiPolygon features of a GeoJSON FeatureCollection with System.Text.Json. The key
/// of a feature is its <c>id</c>, or the named member of its <c>properties</c>. Stateless.
/// </summary>
internal static class GeoJsonReader
{
    public static IReadOnlyList<GeoFeature> Read(Stream json, string? keyProperty)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("features").EnumerateArray()
            .Select(feature => new GeoFeature(Key(feature, keyProperty), Rings(feature.GetProperty("geometry"))))
            .ToArray();
    }

    private static string Key(JsonElement feature, string? keyProperty)
    {
        var key = keyProperty is null ? feature.GetProperty("id") : feature.GetProperty("properties").GetProperty(keyProperty);
        return key.GetString() ?? throw new InvalidDataException("A GeoJSON feature has no key.");
    }

    private static (double Lon, double Lat)[][] Rings(JsonElement geometry)
    {
        var coordinates = geometry.GetProperty("coordinates");
        var polygons = geometry.GetProperty("type").GetString() switch
        {
            "Polygon" => [coordinates],
            "MultiPolygon" => coordinates.EnumerateArray().ToArray(),
            var other => throw new InvalidDataException($"GeoJSON geometry '{other}' is not a polygon."),
        };
        return polygons.SelectMany(polygon => polygon.EnumerateArray())
            .Select(ring => ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToArray())
            .ToArray();
    }
}
