package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// TestPresenceCountedByCrowd checks that a count of those who came, by a
// verb of presence the article never writes, is told by the size of the
// article's crowd, not by a place's population, and that without a crowd
// it is still refused.
func TestPresenceCountedByCrowd(t *testing.T) {
	e := engineOf(t, "Library opens\n\nHOLT, Mo. (AP) — The town of 2,100 opened its new library Saturday. A crowd of 350 lined the steps for the ribbon cutting.\n")
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkAnswers(t, e, []answerCase{
		{"how many showed up", []string{"350"}, []string{"2,100"}},
		{"how many people attended the ribbon cutting", []string{"350"}, []string{"2,100"}},
	})
	f := engineOf(t, "Library opens\n\nHOLT, Mo. (AP) — The town of 2,100 opened its new library Saturday.\n")
	a, err := f.Answer(context.Background(), knowledge.Question{Text: "how many showed up"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found {
		t.Errorf("how many showed up, with no crowd: answered, want refused:\n%s", a.Text)
	}
}

// grangeShow is a short article written for this test, in no question
// set: counts of people present told by the event's converse verb
// ("drew"), the passive of "attend" and "gathered", beside a room's seats
// and an expected turnout that count no one present.
const grangeShow = `Quilt show fills grange hall

ELMORE, Vt. (AP) — The county quilt show drew 520 visitors on Saturday, organizers said.

The grange hall seats 150. Organizers had expected about 200 guests.

A workshop on Sunday morning was attended by 45 people. Later, 30 volunteers gathered at the barn to fold the quilts.
`

// A count of those present asked with a verb of coming the article never
// writes is told by the article's own verb of attending, not by the
// seats or the expected number.
func TestPresenceStatingVerbs(t *testing.T) {
	e := engineOf(t, grangeShow)
	checkAnswers(t, e, []answerCase{
		{"how many showed up to the quilt show", []string{"520"}, []string{"150", "200"}},
		{"how many ppl turned out for the workshop", []string{"45"}, []string{"150", "200"}},
		{"how many went to the workshop", []string{"45"}, []string{"150"}},
		{"how many volunteers showed up at the barn", []string{"30"}, []string{"150"}},
	})
}

// A count of people who had to leave is told by the caused-motion frame
// "drove N from their homes", not by another count of people nearby.
func TestDisplacedFromHomes(t *testing.T) {
	e := engineOf(t, "Acid spill empties river hamlet\n\nPORT ELLIS, Maine (AP) — A tank of acid split open at a dye plant on Monday, driving some 600 people from their homes along the river. The plant employs 90 workers, and 12 of them were treated for burns.\n")
	checkAnswers(t, e, []answerCase{
		{"how many ppl had to evacuate", []string{"600"}, []string{"90 workers"}},
		{"how many people were evacuated", []string{"600"}, []string{"90 workers"}},
	})
}
