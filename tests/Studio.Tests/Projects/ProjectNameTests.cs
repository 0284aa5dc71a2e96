using ApiStudio.Studio.Projects;

namespace ApiStudio.Studio.Tests.Projects;

public class ProjectNameTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("Shop")]
    [InlineData("billing-api")]
    [InlineData("billing_api_v2")]
    [InlineData("Z9")]
    public void Names_starting_with_a_letter_followed_by_letters_digits_dash_or_underscore_are_valid(string name) =>
        Assert.True(ProjectName.IsValid(name));

    [Theory]
    [InlineData("")]
    [InlineData("1shop")]
    [InlineData("-shop")]
    [InlineData("_shop")]
    [InlineData("my shop")]
    [InlineData("shop.api")]
    [InlineData("shop/api")]
    [InlineData("café")]
    [InlineData("shop\n")]
    [InlineData(" shop")]
    public void Names_breaking_the_rule_are_invalid(string name) =>
        Assert.False(ProjectName.IsValid(name));

    [Fact]
    public void Null_is_invalid() => Assert.False(ProjectName.IsValid(null));

    [Fact]
    public void Names_may_be_63_characters_but_not_64()
    {
        Assert.True(ProjectName.IsValid("a" + new string('b', 62)));
        Assert.False(ProjectName.IsValid("a" + new string('b', 63)));
    }
}
