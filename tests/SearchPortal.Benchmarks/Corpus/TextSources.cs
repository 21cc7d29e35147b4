using System.Globalization;
using SearchPortal.Benchmarks.Cli;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Benchmarks.Corpus;

/// <summary>
/// Loads the real text the corpus is sampled from, read through the portal's own ingestion readers: Reuters-21578,
/// the English Wikinews sample and the seeds for English; the Spanish news corpus for Spanish (its records with
/// neither title nor text are skipped by the reader). Deterministic: files and records are read in order.
/// </summary>
internal static class TextSources
{
    private static readonly TextInfo TitleCase = CultureInfo.InvariantCulture.TextInfo;

    public static IReadOnlyDictionary<string, SentencePool> Load(int seed)
    {
        var numbers = new Random(seed);
        var english = new PoolBuilder("en");
        var spanish = new PoolBuilder("es");
        english.Add("reuters21578.jsonl", Read(Path.Combine(RepoPaths.News, "reuters21578.jsonl")), byLine: false, numbers);
        english.Add("wikinews/", Read(Path.Combine(RepoPaths.News, "wikinews")), byLine: false, numbers);
        english.Add("seeds/", Read(RepoPaths.Seeds), byLine: false, numbers);
        spanish.Add("es-fakenews.jsonl", Read(Path.Combine(RepoPaths.News, "es-fakenews.jsonl")), byLine: true, numbers);
        return new Dictionary<string, SentencePool> { ["en"] = english.Build(), ["es"] = spanish.Build() };
    }

    private static List<Article> Read(string path) =>
        new InputReader(IngestionOptions.Default).Read(path, _ => { }).ToList();

    private static string CleanTitle(string title)
    {
        var trimmed = title.Trim().Trim('"').Trim();
        var upper = trimmed.Count(char.IsUpper);
        return upper > 0.6 * trimmed.Count(char.IsLetter) ? TitleCase.ToTitleCase(trimmed.ToLowerInvariant()) : trimmed;
    }

    private sealed class PoolBuilder(string language)
    {
        private readonly List<string> _titles = [];
        private readonly List<string> _sentences = [];
        private readonly HashSet<string> _seenSentences = new(StringComparer.Ordinal);
        private readonly HashSet<string> _seenTitles = new(StringComparer.Ordinal);
        private readonly List<string> _sources = [];

        public void Add(string name, List<Article> articles, bool byLine, Random numbers)
        {
            var before = (_titles.Count, _sentences.Count);
            foreach (var article in articles)
            {
                var title = CleanTitle(article.Title);
                if (title.Length is >= 15 and <= 160 && _seenTitles.Add(title)) _titles.Add(title);
                var paragraphs = byLine ? article.Text.Split('\n') : article.Text.Split("\n\n");
                foreach (var paragraph in paragraphs)
                {
                    if (paragraph.Trim().Equals(article.Title.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
                    var text = paragraph.Contains("*NUMBER*", StringComparison.Ordinal) ? ReplaceNumbers(paragraph, numbers) : paragraph;
                    foreach (var sentence in SentenceSplitter.Split(text))
                    {
                        if (_seenSentences.Add(sentence)) _sentences.Add(sentence);
                    }
                }
            }
            _sources.Add($"{name}: {articles.Count:N0} records, {_titles.Count - before.Item1:N0} titles, {_sentences.Count - before.Item2:N0} sentences");
        }

        public SentencePool Build() => new(language, _titles, _sentences, _sources);

        /// <summary>The Spanish corpus masks numbers as *NUMBER*; put plausible numbers back.</summary>
        private static string ReplaceNumbers(string text, Random numbers)
        {
            var parts = text.Split("*NUMBER*");
            return string.Concat(parts.Skip(1).Select(p => numbers.Next(2, 400).ToString(CultureInfo.InvariantCulture) + p).Prepend(parts[0]));
        }
    }
}
