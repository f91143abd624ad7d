package lookup

import "testing"

// A story whose thing is named twice in its lead, first as a premodifier
// of another noun, then as the head of a compound an age premodifies, and whose club is dated both by a founding year and
// by the span of its history.
const thingAgeSpanStory = `Restored bell rings again in river town

HANNIBAL, Mo. (AP) — A bell maker from Quincy has brought a 160-year-old courthouse bell back to its tower, and it rang on Saturday for the first time since 1998, county officials said.

Tom Rusk, 61, spent two years recasting the bell's clapper.

The rowing club, founded in 1911, held the biggest regatta in its 114-year history on the same day, club secretary Ann Dole said.

The Hannibal Rotary marked the day with a dinner. The Rotary's 96-year history includes three fires at its hall.
`

func TestThingAgeAnyMentionAndHistory(t *testing.T) {
	e := engineOf(t, thingAgeSpanStory)
	checkOpenings(t, e, []openingCase{
		// the second mention of "bell" is the one the age premodifies
		{"how old is the bell", "160 years old", nil, []string{"61"}},
		// a stated age beats a year to count from
		{"how old is the rowing club", "114 years old", nil, nil},
		{"how old is the rotary", "96 years old", nil, nil},
	})
	// "courthouse" only modifies the head "bell", past the particle "back"
	checkAnswers(t, e, []answerCase{
		{"how old is the courthouse", nil, []string{"160"}},
	})
}
