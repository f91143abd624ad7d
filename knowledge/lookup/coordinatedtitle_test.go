package lookup

import "testing"

// TestCoordinatedTitle: two titles joined by "and" before a name share the
// organisation that premodifies them ("Brenwick co-founder and Chief
// Executive Ola Sande" is Brenwick's chief executive), while a plural or
// a name before "and" is another person, not a title. The article is
// written for this test, in no question set.
func TestCoordinatedTitle(t *testing.T) {
	e := engineOf(t, `Paint maker Tarrow to buy Brenwick Coatings

CLEVELAND (AP) — Tarrow Industries Inc. agreed to buy Brenwick Coatings Co. for $41 a share, the companies said Wednesday.

Tarrow's chief executive, Daniel Faber, 59, said the deal would add two plants in Ohio.

Brenwick co-founder and Chief Executive Ola Sande, 44, said the company had weighed other offers for a year.

Workers and Mayor Irene Cobb, 66, welcomed the news at a rally outside the Brenwick plant.
`)
	checkAnswers(t, e, []answerCase{
		{"how old is the brenwick ceo", []string{"44"}, []string{"59"}},
		{"who is brenwick's ceo", []string{"Ola Sande"}, []string{"Faber"}},
		{"who is tarrow's ceo", []string{"Daniel Faber"}, []string{"Sande"}},
		{"how old is the mayor", []string{"66"}, []string{"44"}},
	})
}
