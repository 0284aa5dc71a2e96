using ApiStudio.Studio.Export;

namespace ApiStudio.Studio.Tests.Export;

public sealed class LatestRunTests
{
    [Fact]
    public void A_run_overtaken_by_a_later_one_is_not_the_latest_even_when_it_ends_last()
    {
        var runs = new LatestRun();

        var first = runs.Begin();
        var second = runs.Begin();

        Assert.True(runs.IsLatest(second));
        Assert.False(runs.IsLatest(first));
    }

    [Fact]
    public async Task Runs_begun_at_once_on_many_threads_each_get_their_own_number()
    {
        var runs = new LatestRun();

        var numbers = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(runs.Begin)));

        Assert.Equal(64, numbers.Distinct().Count());
        Assert.True(runs.IsLatest(numbers.Max()));
    }
}
