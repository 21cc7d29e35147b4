using SearchPortal.Benchmarks.Cli;

return BenchCommand.Create().Parse(args).Invoke();
