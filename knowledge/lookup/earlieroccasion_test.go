package lookup

import "testing"

// mineCollapse is a short article written for this test, in no question
// set: a story whose closing paragraph of history tells an earlier
// collapse in the words a reader asks with, and another sentence that
// dates an earlier flood by "last … in 1996".
const mineCollapse = `Tunnel caves in at Brenna coal mine; 9 miners killed

BRENNA, Wales (AP) — A tunnel collapsed at the Brenna coal mine on Tuesday morning, killing nine miners, officials said.

Rescuers reached the trapped crew after six hours.

The mine's last deadly collapse, in 2008, killed 14 miners.

The valley last flooded in 1996, when heavy rain swept away 22 homes.
`

// A question that names no earlier time asks of the story's own event:
// "last" over an adjective ("last deadly collapse") or as the adverb
// before the verb ("last flooded") sets the earlier occasion, whose
// figures and dates answer only a question that asks of it.
func TestEarlierOccasionAnswersOnlyWhenAsked(t *testing.T) {
	e := engineOf(t, mineCollapse)
	checkAnswers(t, e, []answerCase{
		{"how many miners were killed in the collapse", []string{"nine"}, []string{"14"}},
		{"how many miners died in the mine collapse", []string{"nine"}, []string{"14"}},
		{"when did the mine collapse happen", []string{"Tuesday"}, []string{"2008"}},
		{"how many homes were swept away", []string{"22"}, nil},
		{"how many miners were killed in the last collapse", []string{"14"}, nil},
		{"how many miners were killed in 2008", []string{"14"}, nil},
		{"when was the last deadly collapse", []string{"2008"}, nil},
		{"how many homes were swept away in 1996", []string{"22"}, nil},
	})
}

// rowingCrossing is a short article written for this test, in no
// question set: the background paragraph tells "an earlier" occasion of
// the lead's act with a figure of its own, and an adverb "earlier" tells
// the story's own day.
const rowingCrossing = `Two brothers row across Lake Superior

MARQUETTE, Mich. (AP) — Two brothers rowed a 22-foot boat across Lake Superior on Thursday, the first pair to make the crossing without a support boat.

Eli and Sam Varga left Thunder Bay, Ontario, at dawn Tuesday and finished the crossing at Marquette about 57 hours later, the Lake Superior Rowing Club said.

Earlier Thursday, a Coast Guard cutter had checked on them 10 miles offshore.

An earlier crossing of the lake, by a team of four in 2011, took 71 hours with a support boat following.
`

func TestAttributiveEarlierMarksAnotherOccasion(t *testing.T) {
	checkOpenings(t, engineOf(t, rowingCrossing), []openingCase{
		// "An earlier crossing … took 71 hours" is another occasion; the brothers' took about 57
		{"how long did the crossing take", "About 57 hours", nil, nil},
		// asked of the earlier one, it answers
		{"how long did the earlier crossing take", "71 hours", nil, nil},
	})
}
