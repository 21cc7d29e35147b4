using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SearchPortal.Core.Ingestion;

/// <summary>
/// Turns a scraped text page (like the files in <c>seeds/</c>) into clean article text and metadata:
/// breadcrumbs, bylines, share/donate blocks, related-content lists, job ads, "SEE ALSO" lines,
/// link lists, photo credits and author bios are removed; title, date, author, outlet and language
/// are read from the page's own signals. Stateless apart from its immutable rules; thread-safe.
/// </summary>
public sealed partial class ScrapedPageExtractor(BoilerplateRules rules)
{
    public ScrapedPageExtractor() : this(BoilerplateRules.Default)
    {
    }

    public ExtractedPage Extract(string content)
    {
        var lines = content.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.Trim()).ToList();
        var header = new PageHeader();
        var body = new List<string>();
        var tail = new List<string>();
        var bodyStarted = false;

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                body.Add(line);
                continue;
            }

            var kind = rules.Classify(line, out var signal);
            header.Outlet ??= signal;
            if (kind == BoilerplateKind.Cut)
            {
                tail.AddRange(lines.Skip(i));
                break;
            }
            if (kind == BoilerplateKind.Drop) continue;
            if (kind == BoilerplateKind.List)
            {
                while (i + 1 < lines.Count && (lines[i + 1].Length == 0 || IsListItem(lines[i + 1]))) i++;
                continue;
            }
            if (!bodyStarted && header.TryConsume(line)) continue;
            body.Add(line);
            bodyStarted = true;
        }

        var author = RemoveBio(body) ?? FindBio(tail);
        var paragraphs = JoinParagraphs(body);
        var title = header.Title ?? header.FallbackTitle ?? TitleFromText.FirstLine(paragraphs);
        return new ExtractedPage(title, paragraphs, header.Published, header.Author ?? author, header.Outlet, header.Language);
    }

    private static bool IsListItem(string line) => line.Length < 200 && !PageHeader.IsSentence(line);

    private static string? RemoveBio(List<string> body)
    {
        for (var i = body.Count - 1; i >= 0; i--)
        {
            if (body[i].Length == 0) continue;
            var m = Bio().Match(body[i]);
            if (!m.Success) return null;
            body.RemoveAt(i);
            return m.Groups["name"].Value;
        }
        return null;
    }

    private static string? FindBio(List<string> tail) =>
        tail.Select(l => Bio().Match(l)).FirstOrDefault(m => m.Success)?.Groups["name"].Value;

    private static string JoinParagraphs(List<string> lines)
    {
        var text = new StringBuilder();
        var inParagraph = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                inParagraph = false;
                continue;
            }
            if (text.Length > 0) text.Append(inParagraph ? " " : "\n\n");
            text.Append(line);
            inParagraph = true;
        }
        return text.ToString();
    }

    internal static string TitleCase(string name) =>
        name.Any(char.IsLower) ? name : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,3})\s+(?:is|was|es|fue)\s+(?:a|an|un|una)\s+(?:[\p{L}\-]+\s+){0,4}?(?:journalist|reporter|writer|editor|correspondent|researcher|contributor|periodista|reporter[oa]|escritor[a]?|editor[a]?|corresponsal|investigador[a]?|colaborador[a]?)\b")]
    private static partial Regex Bio();
}
