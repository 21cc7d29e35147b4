using System.Text.RegularExpressions;

namespace SearchPortal.Core.Ingestion;

/// <summary>
/// The line rules that recognise site chrome in scraped pages, loaded once from the embedded
/// <c>Data/boilerplate.tsv</c> so that new sites are taught with data, not code. Immutable and thread-safe.
/// </summary>
public sealed class BoilerplateRules
{
    private readonly List<(BoilerplateKind Kind, Regex Pattern, string? Outlet, bool Drop)> _rules;

    private BoilerplateRules(List<(BoilerplateKind, Regex, string?, bool)> rules) => _rules = rules;

    public static BoilerplateRules Default { get; } = Load();

    /// <summary>Classifies one trimmed line; <paramref name="outlet"/> is set when the line names the page's outlet.</summary>
    public BoilerplateKind Classify(string line, out string? outlet)
    {
        outlet = null;
        foreach (var (kind, pattern, ruleOutlet, drop) in _rules)
        {
            if (!pattern.IsMatch(line)) continue;
            if (kind != BoilerplateKind.Outlet) return kind;
            outlet = ruleOutlet;
            return drop ? BoilerplateKind.Drop : BoilerplateKind.Outlet;
        }
        return BoilerplateKind.None;
    }

    private static BoilerplateRules Load()
    {
        var rules = new List<(BoilerplateKind, Regex, string?, bool)>();
        foreach (var parts in EmbeddedData.ReadRows("Ingestion/Data/boilerplate.tsv", '\t', hasHeader: false))
        {
            var kind = Enum.Parse<BoilerplateKind>(parts[0], ignoreCase: true);
            var regex = new Regex("^(?:" + parts[1] + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
            rules.Add((kind, regex, parts.Length > 2 ? parts[2] : null, parts.Length > 3 && parts[3] == "drop"));
        }
        return new BoilerplateRules(rules);
    }
}
