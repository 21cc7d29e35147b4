using System.Text;

namespace SearchPortal.Web.Tests.Hardening;

/// <summary>Generates hostile search URLs deterministically from a seed.</summary>
public sealed class QueryFuzzer(int seed)
{
    private static readonly string[] Words =
        ["illegal", "mining", "trata", "personas", "Perú", "Madre", "Dios", "narcotráfico", "cocaine", "Nuñovero", "AND", "OR", "NOT", "to", "de"];

    private static readonly string[] Syntax =
        ["\"", "(", ")", "*", "?", "~", "^", ":", "[", "]", "{", "}", "/", "\\", "!", "+", "-", "&&", "||", " TO ", "title:", "author:", "foo:", "region:", "~2", "^3", "*:*"];

    private static readonly string[] Unicode =
        ["\u200F", "\u202E", "\u200B", "\u200D", "👮🏽‍♀️", "🇵🇪", "e\u0301", "\u0301", "中文", "مرحبا", "\uFEFF", "\uFFFD", "𝔘𝔫𝔦", "ǅ", "ß", "İ"];

    private static readonly string[] Parameters =
        ["region=Atlantis", "region=Peru%2FLoreto", "year=abc", "year=1850", "year=2014", "crime=Piracy", "lang=xx", "lang=es", "outlet=Nobody",
         "size=-1", "size=0", "size=101", "size=5", "page=0", "page=99999", "page=2", "sort=best", "sort=newest", "yearFrom=2020&yearTo=2010", "yearFrom=x", "colour=red"];

    private readonly Random _random = new(seed);

    public string Next()
    {
        var query = Query();
        var url = new StringBuilder("/api/search?q=").Append(Uri.EscapeDataString(query));
        var extras = _random.Next(0, 3);
        for (var i = 0; i < extras; i++) url.Append('&').Append(Parameters[_random.Next(Parameters.Length)]);
        return url.ToString();
    }

    private string Query()
    {
        var length = _random.Next(10) switch
        {
            0 => _random.Next(1000, 5001),
            1 => _random.Next(900, 1100),
            _ => _random.Next(1, 80),
        };
        var text = new StringBuilder(length + 16);
        while (text.Length < length)
        {
            text.Append(_random.Next(6) switch
            {
                0 => Syntax[_random.Next(Syntax.Length)],
                1 => Unicode[_random.Next(Unicode.Length)],
                2 => (char)_random.Next(0, 32),
                3 => (char)_random.Next(0x20, 0x2FFF),
                _ => Words[_random.Next(Words.Length)],
            });
            if (_random.Next(3) == 0) text.Append(' ');
        }
        var result = text.ToString();
        return result.Length > length ? result[..length] : result;
    }
}
