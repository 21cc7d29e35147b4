namespace SearchPortal.Core.Tests.Export;

/// <summary>Tests that measure the process's managed heap run alone, after the parallel ones, so other tests' allocations do not count.</summary>
[CollectionDefinition(nameof(MemoryMeasurementCollection), DisableParallelization = true)]
public sealed class MemoryMeasurementCollection;
