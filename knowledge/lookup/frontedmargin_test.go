package lookup

import "testing"

// An election story where one sentence gives two margins, each an adjunct
// of its own verb, and a question fronts the "by" of its measure.
const frontedMarginStory = `Okafor keeps council seat

DUNMORE, Pa. (AP) — Council member Grace Okafor beat her 2019 vote total by 412 votes on Tuesday, winning her council seat for a third term over challenger Tom Reese.

Okafor won by 96 votes, according to the county's unofficial count. Reese said he would not ask for a recount.
`

func TestFrontedAndStrandedMargin(t *testing.T) {
	e := engineOf(t, frontedMarginStory)
	checkAnswers(t, e, []answerCase{
		// the preposition fronted with its wh-phrase asks the same measure as a stranded one
		{"by how much did okafor beat her old total", []string{"412 votes"}, nil},
		// the margin the verb asked takes, not the other verb's in the lead
		{"how much did okafor win the seat by", []string{"96 votes"}, []string{"412"}},
		{"by how many votes did okafor win her seat", []string{"96 votes"}, []string{"412"}},
	})
}
