using System.Text;

namespace SearchPortal.Core.Export;

/// <summary>
/// Escapes text for BibTeX field values: the LaTeX specials \ { } % &amp; $ # _ ^ ~ become their
/// escaped forms, line breaks become spaces, so any title or name compiles and braces stay balanced.
/// Non-ASCII letters are kept as UTF-8 (biber and modern BibTeX read them). Stateless and thread-safe.
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
                '{' => @"\{",
                '}' => @"\}",
                '%' => @"\%",
                '&' => @"\&",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>A URL for a verbatim url field: only braces and whitespace, which would break the field, are percent-encoded.</summary>
    public static string Url(string url) =>
        url.Replace("{", "%7B").Replace("}", "%7D").Replace(" ", "%20").Replace("\r", "").Replace("\n", "");
}
