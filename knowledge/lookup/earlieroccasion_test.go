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
