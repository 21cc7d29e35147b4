namespace SearchPortal.Benchmarks.Corpus;

/// <summary>Draws items with fixed relative weights (cumulative table + binary search). Immutable.</summary>
internal sealed class WeightedSampler<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedSampler(IEnumerable<(T Item, double Weight)> weighted)
    {
        var list = weighted.Where(w => w.Weight > 0).ToArray();
        if (list.Length == 0) throw new ArgumentException("No item has a positive weight.", nameof(weighted));
        _items = list.Select(w => w.Item).ToArray();
        _cumulative = new double[list.Length];
        var sum = 0.0;
        for (var i = 0; i < list.Length; i++)
        {
            sum += list[i].Weight;
            _cumulative[i] = sum;
        }
    }

    public IReadOnlyList<T> Items => _items;

    /// <summary>Zipf weights 1/rank^s over items already in rank order.</summary>
    public static WeightedSampler<T> Zipf(IEnumerable<T> ranked, double exponent) =>
        new(ranked.Select((item, i) => (item, 1.0 / Math.Pow(i + 1, exponent))));

    public T Next(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return _items[index < 0 ? Math.Min(~index, _items.Length - 1) : index];
    }
}
