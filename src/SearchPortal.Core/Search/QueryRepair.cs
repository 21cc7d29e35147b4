using System.Text;

namespace SearchPortal.Core.Search;

/// <summary>
/// Turns a query the classic syntax cannot read into the query its author most likely meant: an open quote is
/// closed, an unmatched parenthesis closed or dropped, and what cannot stand where it is dropped: an operator (AND,
/// OR, NOT, &amp;&amp;, ||, +, -, !) with nothing to join, a field name with no value, a lone or leading wildcard,
/// empty quotes or parentheses, and the characters the portal gives no meaning to (/ \ [ ] { } ^). Words, phrases and
/// fields are kept as typed. Stateless and thread-safe.
/// </summary>
internal static class QueryRepair
{
    private const string Meaningless = "/\\[]{}^";

    /// <summary>The repaired query, or null when repairing changes nothing.</summary>
    public static string? Repair(string text)
    {
        var tokens = Tokenize(text);
        for (var pass = 0; pass < 8 && Prune(tokens); pass++)
        {
        }
        BalanceParentheses(tokens);
        var repaired = Join(tokens);
        return repaired == text.Trim() ? null : repaired;
    }

    private sealed record Token(string Text, bool Spaced)
    {
        public bool IsOpen => Text == "(" || (Text.EndsWith('(') && Text.Length > 1 && Text[^2] == ':');

        public bool IsClose => Text == ")";

        public bool IsBinary => Text is "AND" or "OR" or "&&" or "||";

        public bool IsUnary => Text is "NOT" or "!" or "+" or "-";

        public bool IsField => Text.Length > 1 && Text[^1] == ':' && !Text.StartsWith('"');
    }

    /// <summary>Phrases (closed when the text ends inside one), parentheses and words, each marked with whether space preceded it.</summary>
    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var word = new StringBuilder();
        var wordSpaced = false;
        var space = true;
        void Flush()
        {
            if (word.Length > 0) tokens.Add(new Token(word.ToString(), wordSpaced));
            word.Clear();
        }
        void Append(string part)
        {
            if (word.Length == 0) wordSpaced = space;
            word.Append(part);
            space = false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                var end = text.IndexOf('"', i + 1);
                var inner = (end < 0 ? text[(i + 1)..] : text[(i + 1)..end]).Trim();
                // A field or sign typed right before the phrase (title:"…", -"…") stays attached to it.
                var attached = word.Length > 0 && word[^1] is ':' or '-' or '+';
                if (!attached) Flush();
                if (inner.Length > 0) Append("\"" + inner + "\"");
                Flush();
                space = false;
                i = end < 0 ? text.Length : end;
            }
            else if (char.IsWhiteSpace(c) || Meaningless.Contains(c))
            {
                Flush();
                space = true;
            }
            else if (c == '(' && word.Length > 0 && word[^1] == ':')
            {
                Append("(");
                Flush();
            }
            else if (c is '(' or ')')
            {
                Flush();
                Append(c.ToString());
                Flush();
            }
            else
            {
                Append(c.ToString());
            }
        }
        Flush();
        return tokens.Select(StripLeadingWildcards).Where(t => t.Text.Length > 0).ToList();
    }

    private static Token StripLeadingWildcards(Token token)
    {
        var start = token.Text.StartsWith('"') ? 0 : token.Text.TakeWhile(c => c is '*' or '?').Count();
        return start == 0 ? token : token with { Text = token.Text[start..] };
    }

    /// <summary>Removes one round of tokens that cannot stand where they are; true when any was removed.</summary>
    private static bool Prune(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var previous = i > 0 ? tokens[i - 1] : null;
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            var nothingAfter = next is null || next.IsClose || next.IsBinary;
            var dangling =
                (token.IsBinary && (previous is null || previous.IsOpen || previous.IsBinary || previous.IsUnary || nothingAfter))
                || (token.IsUnary && nothingAfter)
                || (token.IsField && nothingAfter)
                || (token.IsOpen && next is { IsClose: true });
            if (!dangling) continue;
            if (token.IsOpen) tokens.RemoveAt(i + 1);
            tokens.RemoveAt(i);
            return true;
        }
        return false;
    }

    private static void BalanceParentheses(List<Token> tokens)
    {
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsOpen) depth++;
            else if (tokens[i].IsClose && depth == 0) tokens.RemoveAt(i--);
            else if (tokens[i].IsClose) depth--;
        }
        for (; depth > 0; depth--) tokens.Add(new Token(")", false));
    }

    private static string Join(List<Token> tokens)
    {
        var output = new StringBuilder();
        foreach (var token in tokens)
        {
            if (output.Length > 0 && token.Spaced) output.Append(' ');
            output.Append(token.Text);
        }
        return output.ToString();
    }
}
