using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Applies <c>region-context-required.txt</c>: rows <c>name[;cue|evidence[;scope]]</c> raise the risk of every
/// place name spelled so (ignoring case and accents) whose places lie under the scope path (all when empty).
/// "cue" names need "provincia de X"-style context; "evidence" names need their country named elsewhere. Stateless.
/// </summary>
internal static class RiskyNames
{
    public static void Apply(List<PlaceName> names, IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            var key = Key(row[0].Trim());
            var mode = row.Length > 1 && row[1].Trim().Length > 0 ? row[1].Trim() : "cue";
            var risk = mode switch
            {
                "cue" => PlaceRisk.NeedsCue,
                "evidence" => PlaceRisk.NeedsEvidence,
                _ => throw new InvalidDataException($"region-context-required.txt: '{row[0]}' has unknown mode '{mode}'."),
            };
            var scope = row.Length > 2 ? row[2].Trim() : "";
            var found = false;
            for (var i = 0; i < names.Count; i++)
            {
                var name = names[i];
                if (name.Kind is not (PlaceNameKind.Place or PlaceNameKind.Alias) || Key(name.Name) != key) continue;
                if (scope.Length > 0 && !name.Places.All(p => p.Path == scope || p.Path.StartsWith(scope + Article.RegionSeparator, StringComparison.Ordinal))) continue;
                found = true;
                if (name.Risk < risk) names[i] = name with { Risk = risk };
            }
            if (!found) throw new InvalidDataException($"region-context-required.txt: no place is named '{row[0]}' in '{scope}'.");
        }
    }

    private static string Key(string name) => string.Join(' ', WordTokenizer.Tokenize(name).Select(t => t.Folded));
}
