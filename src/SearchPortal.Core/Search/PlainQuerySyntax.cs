using System.Buffers;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using SearchPortal.Core.Analysis;

namespace SearchPortal.Core.Search;

/// <summary>
/// Tells plain text (what most researchers type: words and punctuation) from Lucene query syntax,
/// and splits text into words the way the index's tokenizer does. Stateless and thread-safe.
/// </summary>
internal static class PlainQuerySyntax
{
    private static readonly SearchValues<char> SyntaxChars = SearchValues.Create("\"*?~^:\\/()[]{}");

    /// <summary>
    /// True when the classic parser would read the text as nothing but words: no quotes, fields,
    /// wildcards, fuzzy or boost marks, groups, ranges, operators (AND, OR, NOT, &amp;&amp;, ||) or
    /// leading +, - and !. Hyphens and pluses inside a word ("COVID-19") are plain.
    /// </summary>
    public static bool IsPlain(string text)
    {
        if (text.AsSpan().IndexOfAny(SyntaxChars) >= 0) return false;
        if (text.Contains("&&", StringComparison.Ordinal) || text.Contains("||", StringComparison.Ordinal)) return false;
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (token[0] is '+' or '-' or '!' || IsOperator(token)) return false;
        }
        return true;
    }

    /// <summary>The words of a text as Lucene's StandardTokenizer finds them, in order, case and accents kept.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        using var tokenizer = new StandardTokenizer(LuceneDefaults.Version, new StringReader(text));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken()) words.Add(term.ToString());
        tokenizer.End();
        return words;
    }

    /// <summary>True for the boolean operators the query syntax reserves (upper case only).</summary>
    public static bool IsOperator(string word) => word is "AND" or "OR" or "NOT";
}
