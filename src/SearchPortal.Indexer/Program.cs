using System.CommandLine;
using SearchPortal.Indexer.Commands;

var root = new RootCommand("SearchPortal indexer: build a Lucene index from articles and search it.")
{
    BuildCommand.Create(),
    SearchCommand.Create(),
    EvalCommand.Create(),
};
return root.Parse(args).Invoke();
