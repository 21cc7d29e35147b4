using System.Text.Json;
using SearchPortal.Core.Analysis;

namespace SearchPortal.Core.Enrichment;

/// <summary>
/// The major criminal groups of Latin America with their names in English, Spanish and Portuguese, read from the
/// embedded <c>criminal-groups.json</c> so that researchers can review and extend it without touching code.
/// Immutable; the default instance is loaded once and shared, therefore thread-safe.
/// </summary>
public sealed class CriminalGroupList
{
    private static readonly Lazy<CriminalGroupList> DefaultInstance = new(() => Parse(EmbeddedData.ReadText("Enrichment/Data/criminal-groups.json")));

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly Dictionary<string, CriminalGroup> _byName = new(StringComparer.Ordinal);

    private CriminalGroupList(IReadOnlyList<CriminalGroup> groups)
    {
        Groups = groups;
        foreach (var group in groups)
        {
            foreach (var name in new[] { group.Id, group.Label, group.LabelEs }.Distinct())
            {
                if (!_byName.TryAdd(Folding.Fold(name.Trim()), group) && _byName[Folding.Fold(name.Trim())] != group)
                    throw new InvalidDataException($"Criminal group name '{name}' is used twice.");
            }
        }
    }

    public IReadOnlyList<CriminalGroup> Groups { get; }

    /// <summary>The list embedded in the assembly; the same instance on every call.</summary>
    public static CriminalGroupList LoadDefault() => DefaultInstance.Value;

    /// <summary>Reads a list in the format of <c>criminal-groups.json</c>: <c>{"groups": [{id, label, labelEs, countries, aliases, contextAliases}]}</c>.</summary>
    public static CriminalGroupList Parse(string json)
    {
        var file = JsonSerializer.Deserialize<GroupFile>(json, JsonOptions) ?? throw new InvalidDataException("Criminal group list is empty.");
        foreach (var group in file.Groups)
        {
            if (string.IsNullOrWhiteSpace(group.Id) || string.IsNullOrWhiteSpace(group.Label) || string.IsNullOrWhiteSpace(group.LabelEs))
                throw new InvalidDataException("Every criminal group needs an id, a label and a labelEs.");
            if (group.Countries is null || group.Aliases is null || group.ContextAliases is null || group.Aliases.Count + group.ContextAliases.Count == 0)
                throw new InvalidDataException($"Criminal group '{group.Id}' needs countries and at least one alias.");
        }
        return new CriminalGroupList(file.Groups);
    }

    /// <summary>The group whose id, English label or Spanish label matches, ignoring case and accents.</summary>
    public CriminalGroup? FindByLabel(string label) => _byName.GetValueOrDefault(Folding.Fold(label.Trim()));

    private sealed record GroupFile(IReadOnlyList<CriminalGroup> Groups);
}
