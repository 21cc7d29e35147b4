namespace SearchPortal.Core.Highlighting;

/// <summary>
/// The occurrences of every query term in one document, in one flat buffer, each term's run
/// sorted by position (postings order). Per highlight call, not thread-safe.
/// </summary>
internal sealed class OccurrenceTable
{
    private readonly int[] first;
    private readonly int[] count;
    private Occurrence[] buffer = new Occurrence[64];
    private int size;

    public OccurrenceTable(int termCount)
    {
        first = new int[termCount];
        count = new int[termCount];
    }

    public bool IsEmpty => size == 0;

    public void Add(int termId, Occurrence occurrence)
    {
        if (count[termId] == 0) first[termId] = size;
        if (size == buffer.Length) Array.Resize(ref buffer, size * 2);
        buffer[size++] = occurrence;
        count[termId]++;
    }

    public ArraySegment<Occurrence> Get(int termId) => new(buffer, first[termId], count[termId]);
}
