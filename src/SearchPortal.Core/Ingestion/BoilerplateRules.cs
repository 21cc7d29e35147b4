using System.Text.RegularExpressions;

namespace SearchPortal.Core.Ingestion;

/// <summary>
/// The line rules that recognise site chrome in scraped pages and in JSONL/CSV record text, loaded once from the
/// embedded <c>Data/boilerplate.tsv</c> so that new sites are taught with data, not code. Immutable and thread-safe.
/// </summary>
public sealed partial class BoilerplateRules
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

    /// <summary>
    /// A record's text (JSONL/CSV) without the lines these rules recognise as chrome: a "drop" line goes, a "list"
    /// line goes with the short lines after it, a "cut" line ends the text. Other lines are kept as they are; blank
    /// lines left over collapse into one paragraph break. Text without such lines comes back unchanged.
    /// </summary>
    public string StripLines(string text)
    {
        var lines = text.Split('\n');
        var kept = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var kind = line.Length == 0 ? BoilerplateKind.None : Classify(line, out _);
            if (kind == BoilerplateKind.Cut) break;
            if (kind == BoilerplateKind.List)
            {
                while (i + 1 < lines.Length && lines[i + 1].Trim() is { } next && (next.Length == 0 || (next.Length < 200 && !PageHeader.IsSentence(next)))) i++;
            }
            if (kind is BoilerplateKind.None or BoilerplateKind.Outlet) kept.Add(lines[i]);
        }
        if (kept.Count == lines.Length) return text;
        return BlankLines().Replace(string.Join('\n', kept), "\n\n").Trim();
    }

    [GeneratedRegex(@"\n[ \t\r]*(?:\n[ \t\r]*)+\n")]
    private static partial Regex BlankLines();

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
