using System.Text;
using System.Xml;

namespace SearchPortal.Web.Exports;

/// <summary>
/// Text made safe for an XML 1.0 document: characters XML forbids (NUL, ESC, BEL, VT, FF and the other C0
/// controls but tab, newline and carriage return; U+FFFE, U+FFFF) are dropped, and a lone surrogate becomes
/// U+FFFD, so an XmlWriter never throws on stored text. Stateless and thread-safe.
/// </summary>
public static class XmlText
{
    public static string Clean(string text)
    {
        if (IsClean(text)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                clean.Append(c);
            }
        }
        return clean.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) i++;
            else return false;
        }
        return true;
    }
}
