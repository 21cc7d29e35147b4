using System.Text;
using Sylvan.Data.Csv;

namespace SearchPortal.Core.Ingestion;

/// <summary>
/// Reads CSV with a header row, one article per row (Sylvan.Data.Csv handles quoting and multi-line
/// fields). Ragged rows are reported and skipped; an undecodable or malformed file is reported at
/// the row where reading stopped. Stateless and thread-safe.
/// </summary>
public static class CsvArticleReader
{
    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);

    public static IEnumerable<Article> Read(Stream stream, string relativePath, IngestionOptions options, Action<IngestionProblem> report)
    {
        using var text = new StreamReader(stream, Strict, detectEncodingFromByteOrderMarks: true);
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, MaxBufferSize = options.MaxArticleChars * 2 });
        }
        catch (Exception e) when (e is DecoderFallbackException or CsvFormatException)
        {
            report(new IngestionProblem(relativePath, "unreadable CSV header: " + e.Message));
            yield break;
        }

        using (csv)
        {
            var names = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToArray();
            var row = 1;
            while (true)
            {
                string? failure = null;
                bool more;
                try
                {
                    more = csv.Read();
                }
                catch (Exception e) when (e is DecoderFallbackException or CsvFormatException or CsvRecordTooLargeException)
                {
                    failure = e is DecoderFallbackException ? "not valid UTF-8" : e.Message;
                    more = false;
                }
                row++;
                if (failure is not null) report(new IngestionProblem(relativePath, $"reading stopped: {failure}", row));
                if (!more) yield break;

                if (csv.RowFieldCount != names.Length)
                {
                    report(new IngestionProblem(relativePath, $"ragged row: {csv.RowFieldCount} fields, header has {names.Length}", row));
                    continue;
                }
                var fields = names.Select((n, i) => KeyValuePair.Create(n, (string?)csv.GetString(i)));
                if (RecordMapper.Map(fields, relativePath, row, options, report) is { } article) yield return article;
            }
        }
    }
}
