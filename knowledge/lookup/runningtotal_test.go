package lookup

import "testing"

// riotArrests is a short article written for these tests, in no
// question set: running totals of counts and of sums, each after parts
// that differ by their time or their giver, the later count without its
// noun ("eight more").
const riotArrests = `Police make more arrests after riot

KEENE, N.H. (AP) — Police arrested 12 people on Friday and eight more on Saturday, bringing the total to 20, Chief Dana Holt said.

The Red Cross collected $3,000 at a church and neighbors donated $1,500, bringing the total to $4,500.
`

func TestRunningTotalOrThePartItsQuestionNames(t *testing.T) {
	checkOpenings(t, engineOf(t, riotArrests), []openingCase{
		// no part named: the total, which takes the parts' noun
		{"how many people have been arrested", "20", nil, nil},
		// a part's own time or subject asks that part
		{"how many people were arrested on saturday", "Eight", nil, nil},
		{"how many did police arrest friday", "12", nil, nil},
		{"how much did neighbors donate", "$1,500", nil, nil},
		{"how much did the red cross collect", "$3,000", nil, nil},
	})
}
