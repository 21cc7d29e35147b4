using System.Text.Json;

namespace SearchPortal.Web.Tests.Maps;

/// <summary>The region facet of an <c>/api/search</c> answer, flattened: value → count at every level.</summary>
internal static class ApiFacets
{
    public static async Task<Dictionary<string, int>> RegionCountsAsync(HttpClient client, string query)
    {
        var json = await client.GetStringAsync("/api/search" + query);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (JsonDocument.Parse(json).RootElement.GetProperty("facets").TryGetProperty("region", out var roots)) Add(roots, counts);
        return counts;
    }

    private static void Add(JsonElement values, Dictionary<string, int> counts)
    {
        foreach (var value in values.EnumerateArray())
        {
            counts[value.GetProperty("value").GetString()!] = value.GetProperty("count").GetInt32();
            if (value.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array) Add(children, counts);
        }
    }
}
