package lookup

import "testing"

// schoolRecall is a short article written for these tests and in no
// question set: a whole after "out of" written without its noun and with
// a participle after it.
const schoolRecall = "Voters recall board member\n\n" +
	"HARMON, Ore. (AP) — Voters in the Harmon School District recalled board member Curtis Dale on Tuesday, unofficial results showed.\n\n" +
	"The recall passed by 412 votes out of about 9,800 cast.\n\n" +
	"Recall organizer Tanya Briggs, a mother of three, said parents wanted a say.\n"

// TestOutOfWhole: "N out of M cast" gives M the unit of N and the act of
// its participle (outofwhole.go).
func TestOutOfWhole(t *testing.T) {
	e := engineOf(t, schoolRecall)
	checkOpenings(t, e, []openingCase{
		{q: "how many votes were cast", first: "About 9,800"},
		{q: "how many votes did the recall pass by", first: "412 votes"},
	})
}
