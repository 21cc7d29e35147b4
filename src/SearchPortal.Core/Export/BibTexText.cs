using System.Text;

namespace SearchPortal.Core.Export;

/// <summary>
/// Escapes text for BibTeX field values: the LaTeX specials \ % &amp; $ # _ ^ ~ become their escaped
/// forms, and braces become <c>\textbraceleft{}</c> and <c>\textbraceright{}</c>: classic BibTeX (0.99d) counts
/// every brace, escaped or not, so <c>\}</c> would close the field and let the rest of the value write fields of
/// its own; the commands' empty groups keep every value balanced whatever the input. Line breaks and other
/// control characters become spaces. Non-ASCII letters are kept as UTF-8 (biber and modern BibTeX read them).
/// Stateless and thread-safe.
/// </summary>
public static class BibTexText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\textbraceleft{}",
                '}' => @"\textbraceright{}",
                '%' => @"\%",
                '&' => @"\&",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => " ",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>
    /// A URL for a verbatim url field: braces, whitespace and control characters, which would break the field,
    /// are percent-encoded.
    /// </summary>
    public static string Url(string url)
    {
        var builder = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (c is '{' or '}' || char.IsWhiteSpace(c) || char.IsControl(c)) builder.Append(Uri.EscapeDataString(c.ToString()));
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
