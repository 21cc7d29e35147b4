using System.Text;

namespace SearchPortal.Core.Tests.Export;

/// <summary>
/// A small BibTeX parser for tests: <c>@type{key, name = {value}, name = "value", name = bare, …}</c> with
/// nested braces; undoes the escapes the exporter writes. @comment blocks are returned with type "comment".
/// With <c>classic</c> it counts braces as BibTeX 0.99d does: every brace, a backslash before it or not, so
/// a value holding <c>\}</c> ends there and what follows is read as more fields (the injection to guard against).
/// </summary>
internal static class BibTexReader
{
    public sealed record Entry(string Type, string Key, Dictionary<string, string> Fields, string Raw);

    public static List<Entry> Parse(string text, bool classic = false)
    {
        var entries = new List<Entry>();
        var i = 0;
        while ((i = text.IndexOf('@', i)) >= 0)
        {
            var open = text.IndexOf('{', i);
            var type = text[(i + 1)..open].Trim().ToLowerInvariant();
            var close = Matching(text, open, classic);
            var body = text[(open + 1)..close];
            i = close + 1;
            if (type == "comment")
            {
                entries.Add(new Entry(type, "", [], body));
                continue;
            }
            var comma = body.IndexOf(',');
            entries.Add(new Entry(type, body[..comma].Trim(), Fields(body[(comma + 1)..], classic), body));
        }
        return entries;
    }

    public static string Unescape(string value)
    {
        var text = value
            .Replace(@"\textbackslash{}", "\u0001")
            .Replace(@"\textbraceleft{}", "\u0002")
            .Replace(@"\textbraceright{}", "\u0003")
            .Replace(@"\textasciicircum{}", "^")
            .Replace(@"\textasciitilde{}", "~");
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && "{}%&$#_".Contains(text[i + 1])) builder.Append(text[++i]);
            else if (text[i] is '{' or '}') continue;
            else builder.Append(text[i]);
        }
        return builder.ToString().Replace('\u0001', '\\').Replace('\u0002', '{').Replace('\u0003', '}');
    }

    private static Dictionary<string, string> Fields(string body, bool classic)
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
                var end = Matching(body, start, classic);
                value = body[(start + 1)..end];
                i = end + 1;
            }
            else if (body[start] == '"')
            {
                var end = body.IndexOf('"', start + 1);
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

    /// <summary>The index of the brace closing the one at <paramref name="open"/>; escaped braces count only when <paramref name="classic"/>.</summary>
    private static int Matching(string text, int open, bool classic)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '\\' && !classic) { i++; continue; }
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth == 0) return i;
        }
        throw new FormatException("unbalanced braces at " + open);
    }
}
