package lookup

import "testing"

// bakeryExpansion is a short article written for this test, in no
// question set: a sentence tells an act, and the next one, opening with
// a pronoun, leaves its amount or time open by an elided indirect
// question ("It did not say how many").
const bakeryExpansion = `Bakery chain to add stores and hire workers

TOLEDO, Ohio (AP) — Crumbly Bakeries will open new stores in Michigan, the company said Monday.

The chain plans to hire workers for a new bakery plant in Lima. It did not say how many. A spokeswoman, Dana Pruitt, said the plant would cost $12 million.

Founder Gary Holm said he will set up a scholarship fund at a culinary school in Toledo. He did not say how much he would give. Holm started the company in 1994.

Scholarships at the school have received more than $2 million since 1990, said its director, Ana Ruiz.
`

// TestContinuedOpen checks that a question about the act of one sentence
// is refused with the next sentence when that one, going on about the
// same act, says the answer is not given, instead of a figure from
// another act; and that figures the article does give still answer.
func TestContinuedOpen(t *testing.T) {
	e := engineOf(t, bakeryExpansion)
	checkLeftOpen(t, e, []leftOpenCase{
		{"how many workers will the chain hire", "It did not say how many"},
		{"how much will holm give to the scholarship", "He did not say how much he would give"},
	})
	checkOpenings(t, e, []openingCase{
		{"how much will the plant cost", "$12 million", nil, []string{leftOpenHead}},
		{"when did holm start the company", "In 1994", nil, []string{leftOpenHead}},
	})
}
