namespace SearchPortal.Benchmarks.Http;

/// <summary>One wrk run at a connection level: throughput, latency percentiles in ms, and failed responses.</summary>
internal sealed record WrkResult(int Connections, int Threads, int Seconds, double RequestsPerSecond, double P50Ms, double P90Ms, double P99Ms, long Requests, long Non2xx, long SocketErrors);
