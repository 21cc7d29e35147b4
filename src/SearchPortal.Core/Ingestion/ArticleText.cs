using System.Text;

namespace SearchPortal.Core.Ingestion;

/// <summary>
/// The one rule for which characters an article's text and metadata may hold once ingested, so that no writer
/// downstream (Atom/XML, HTML, CSV, RIS, BibTeX, a terminal) has to guess: control characters are removed except
/// tab and newline; carriage returns become newlines (CR LF one newline); the other line separators (VT, FF,
/// U+0085, U+2028, U+2029) become newlines; a lone surrogate (only a JSON escape can produce one) becomes
/// U+FFFD; U+FFFE and U+FFFF, which XML cannot carry, are removed. Every string field is cleaned, metadata
/// included. Stateless and thread-safe.
/// </summary>
public static class ArticleText
{
    /// <summary>
    /// The article with every field cleaned; when anything but line endings changed, one problem naming the
    /// article's <paramref name="file"/> (and <paramref name="line"/>) and what was changed is reported.
    /// </summary>
    public static Article Clean(Article article, string file, int? line, Action<IngestionProblem> report)
    {
        var repairs = new TextRepairs();
        var clean = article with
        {
            Id = Clean(article.Id, "id", repairs),
            Source = Clean(article.Source, "source", repairs),
            Title = Clean(article.Title, "title", repairs),
            Text = Clean(article.Text, "text", repairs),
            Url = CleanOptional(article.Url, "url", repairs),
            Outlet = CleanOptional(article.Outlet, "outlet", repairs),
            Author = CleanOptional(article.Author, "author", repairs),
            Language = CleanOptional(article.Language, "language", repairs),
            Metadata = article.Metadata.ToDictionary(p => Clean(p.Key, "metadata", repairs), p => Clean(p.Value, "metadata", repairs)),
        };
        if (repairs.Any) report(new IngestionProblem(file, repairs.ToString(), line));
        return clean;
    }

    /// <summary>
    /// <paramref name="text"/> cleaned by the same rule, unreported: for values read back from an index built before
    /// ingestion cleaned them. Null stays null.
    /// </summary>
    public static string? CleanValue(string? text) => text is null ? null : Clean(text, "", new TextRepairs());

    /// <summary>True when <paramref name="text"/> holds nothing <see cref="Clean(Article, string, int?, Action{IngestionProblem})"/> would change.</summary>
    public static bool IsClean(string text)
    {
        foreach (var c in text)
        {
            if (NeedsWork(c)) return false;
        }
        return true;
    }

    private static string? CleanOptional(string? text, string field, TextRepairs repairs) => text is null ? null : Clean(text, field, repairs);

    private static string Clean(string text, string field, TextRepairs repairs)
    {
        if (IsClean(text)) return text;
        var output = new StringBuilder(text.Length);
        var before = repairs.ControlsRemoved + repairs.SeparatorsToNewline + repairs.SurrogatesReplaced;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                output.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                output.Append('\uFFFD');
                repairs.SurrogatesReplaced++;
            }
            else if (c == '\r')
            {
                output.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (c is '\v' or '\f' or '\u0085' or '\u2028' or '\u2029')
            {
                output.Append('\n');
                repairs.SeparatorsToNewline++;
            }
            else if (c is '\t' or '\n' || !IsRemoved(c))
            {
                output.Append(c);
            }
            else
            {
                repairs.ControlsRemoved++;
            }
        }
        if (repairs.ControlsRemoved + repairs.SeparatorsToNewline + repairs.SurrogatesReplaced > before) repairs.Fields.Add(field);
        return output.ToString();
    }

    private static bool NeedsWork(char c) => c is '\r' or '\u2028' or '\u2029' || char.IsSurrogate(c) || (c is not '\t' and not '\n' && IsRemoved(c));

    /// <summary>True for the characters the rule removes: control characters and U+FFFE, U+FFFF (line breaks are handled before).</summary>
    internal static bool IsRemoved(char c) => char.IsControl(c) || c is '\uFFFE' or '\uFFFF';
}
