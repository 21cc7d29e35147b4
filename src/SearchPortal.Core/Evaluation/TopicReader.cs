using System.Text.RegularExpressions;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// Reads TREC topic files in the two formats Anserini calls Cacm (<c>&lt;DOC&gt;&lt;DOCNO&gt; n
/// &lt;/DOCNO&gt; text &lt;/DOC&gt;</c>, the whole text is the query) and Trec (<c>&lt;top&gt;
/// &lt;num&gt; Number: n &lt;title&gt; text &lt;desc&gt; …&lt;/top&gt;</c>, the title is the query).
/// The format is detected from the content. Stateless and thread-safe.
/// </summary>
public static partial class TopicReader
{
    public static IReadOnlyList<EvalTopic> Load(string path) => Parse(File.ReadAllText(path));

    /// <exception cref="FormatException">The text contains neither format, or a topic has no number.</exception>
    public static IReadOnlyList<EvalTopic> Parse(string content)
    {
        if (TopBlock().IsMatch(content)) return ParseTrec(content);
        if (DocBlock().IsMatch(content)) return ParseCacm(content);
        throw new FormatException("No <top> or <DOC> topics found.");
    }

    private static List<EvalTopic> ParseCacm(string content) =>
        DocBlock().Matches(content)
            .Select(match => new EvalTopic(match.Groups["id"].Value.Trim(), match.Groups["text"].Value.Trim()))
            .ToList();

    private static List<EvalTopic> ParseTrec(string content)
    {
        var topics = new List<EvalTopic>();
        foreach (Match block in TopBlock().Matches(content))
        {
            var body = block.Groups["body"].Value;
            var number = TagText(body, "num");
            if (number.Length == 0) throw new FormatException("A <top> block has no <num>.");
            var id = NumberPrefix().Replace(number, "").Trim();
            var title = TopicPrefix().Replace(TagText(body, "title"), "").Trim();
            topics.Add(new EvalTopic(id, WhitespaceRun().Replace(title, " ")));
        }
        return topics;
    }

    /// <summary>Text after an opening tag up to the next tag, opening or closing.</summary>
    private static string TagText(string body, string tag)
    {
        var match = Regex.Match(body, $"<{tag}>(?<text>[^<]*)", RegexOptions.IgnoreCase);
        return match.Success ? match.Groups["text"].Value.Trim() : "";
    }

    [GeneratedRegex(@"<DOC>\s*<DOCNO>(?<id>.*?)</DOCNO>(?<text>.*?)</DOC>", RegexOptions.Singleline)]
    private static partial Regex DocBlock();

    [GeneratedRegex(@"<top>(?<body>.*?)</top>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TopBlock();

    [GeneratedRegex(@"^Number:", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"^Topic:", RegexOptions.IgnoreCase)]
    private static partial Regex TopicPrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
