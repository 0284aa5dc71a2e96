using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Tables;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class OperandTextTests
{
    public static TheoryData<string, ColumnType, Operand> SingleValues => new()
    {
        { "lead", ColumnType.Text, Operand.String("lead") },
        { "42", ColumnType.Integer, Operand.NumberText("42") },
        { "42", ColumnType.Text, Operand.String("42") },
        { "2.5", ColumnType.Real, Operand.NumberText("2.5") },
        { "true", ColumnType.Boolean, Operand.Boolean(true) },
        { "null", ColumnType.Text, Operand.Null },
        { "'null'", ColumnType.Text, Operand.String("null") },
        { "$ctx.userId", ColumnType.Uuid, Operand.Reference("$ctx.userId") },
        { "$$5", ColumnType.Text, Operand.String("$5") },
        { "abc", ColumnType.Integer, Operand.String("abc") },
    };

    [Theory]
    [MemberData(nameof(SingleValues))]
    public void Text_reads_as_the_value_the_column_expects_or_stays_a_string(string text, ColumnType type, Operand expected) =>
        Assert.Equal(expected, OperandText.Parse(text, type));

    [Fact]
    public void Empty_text_is_no_value() => Assert.Null(OperandText.Parse("  ", ColumnType.Text));

    [Fact]
    public void A_list_splits_on_commas_outside_quotes() =>
        Assert.Equal(Operand.List(Operand.String("won"), Operand.String("a, b"), Operand.Null), OperandText.ParseList("won, 'a, b', null", ColumnType.Text));

    [Theory]
    [MemberData(nameof(SingleValues))]
    public void Formatting_and_reading_back_gives_the_same_value(string text, ColumnType type, Operand value)
    {
        _ = text;
        Assert.Equal(value, OperandText.Parse(OperandText.Format(value), type));
    }

    [Fact]
    public void Strings_that_would_read_as_something_else_are_quoted()
    {
        Assert.Equal("'42'", OperandText.Format(Operand.String("42")));
        Assert.Equal("'true'", OperandText.Format(Operand.String("true")));
        Assert.Equal("$$x", OperandText.Format(Operand.String("$x")));
        Assert.Equal("won, lost", OperandText.Format(Operand.List(Operand.String("won"), Operand.String("lost"))));
    }
}
