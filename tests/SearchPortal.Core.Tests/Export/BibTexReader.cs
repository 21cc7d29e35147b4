using System.Text;

namespace SearchPortal.Core.Tests.Export;

/// <summary>
/// A small BibTeX parser for tests: <c>@type{key, name = {value}, name = bare, …}</c> with nested
/// braces; undoes the escapes the exporter writes. @comment blocks are returned with type "comment".
/// </summary>
internal static class BibTexReader
{
    public sealed record Entry(string Type, string Key, Dictionary<string, string> Fields, string Raw);

    public static List<Entry> Parse(string text)
    {
        var entries = new List<Entry>();
        var i = 0;
        while ((i = text.IndexOf('@', i)) >= 0)
        {
            var open = text.IndexOf('{', i);
            var type = text[(i + 1)..open].Trim().ToLowerInvariant();
            var close = Matching(text, open);
            var body = text[(open + 1)..close];
            i = close + 1;
            if (type == "comment")
            {
                entries.Add(new Entry(type, "", [], body));
                continue;
            }
            var comma = body.IndexOf(',');
            entries.Add(new Entry(type, body[..comma].Trim(), Fields(body[(comma + 1)..]), body));
        }
        return entries;
    }

    public static string Unescape(string value)
    {
        var text = value
            .Replace(@"\textbackslash{}", "\u0001")
            .Replace(@"\textasciicircum{}", "^")
            .Replace(@"\textasciitilde{}", "~");
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && "{}%&$#_".Contains(text[i + 1])) builder.Append(text[++i]);
            else if (text[i] is '{' or '}') continue;
            else builder.Append(text[i]);
        }
        return builder.ToString().Replace('\u0001', '\\');
    }

    private static Dictionary<string, string> Fields(string body)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (i < body.Length)
        {
            var equals = body.IndexOf('=', i);
            if (equals < 0) break;
            var name = body[i..equals].Trim().Trim(',').Trim();
            var start = equals + 1;
            while (char.IsWhiteSpace(body[start])) start++;
            string value;
            if (body[start] == '{')
            {
                var end = Matching(body, start);
                value = body[(start + 1)..end];
                i = end + 1;
            }
            else
            {
                var end = body.IndexOf(',', start);
                if (end < 0) end = body.Length;
                value = body[start..end].Trim();
                i = end;
            }
            fields[name] = value;
            while (i < body.Length && (body[i] == ',' || char.IsWhiteSpace(body[i]))) i++;
        }
        return fields;
    }

    /// <summary>The index of the brace closing the one at <paramref name="open"/>; escaped braces do not count.</summary>
    private static int Matching(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth == 0) return i;
        }
        throw new FormatException("unbalanced braces at " + open);
    }
}
