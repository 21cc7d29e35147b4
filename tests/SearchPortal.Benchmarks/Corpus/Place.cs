namespace SearchPortal.Benchmarks.Corpus;

/// <summary>
/// A place the generator plants in text: the path the portal's region tagger should give it and how an
/// English and a Spanish article mention it ("in the Loreto region", "en la región Loreto").
/// </summary>
internal sealed record Place(string Name, string Path, string English, string Spanish);
