package lookup

import (
	"testing"
)

// boundArticle is a short story of figures with and without hedges, an
// intended sum beside the one raised, and a sentence of a cost to come.
const boundArticle = `Chili cook-off raises $12,500 for Marlow library

MARLOW, Kan. (AP) — A chili cook-off Saturday at the Marlow fairgrounds drew about 430 people and raised $12,500 for the town library's roof, organizers said.

The library board had hoped to raise $8,000. Thirty-one cooks entered the contest.

Board president Irma Castell said a new roof would cost more than $60,000, and the board will seek a state grant for the rest.
`

// TestFigureBound: a yes/no question that bounds a figure ("more than
// 500", "over $10k", "under a hundred") is answered by comparing the
// article's figure with the bound, hedges kept; a hoped-for sum decides
// nothing of the sum raised.
func TestFigureBound(t *testing.T) {
	e := engineOf(t, boundArticle)
	checkOpenings(t, e, []openingCase{
		{"did more than 400 people come", "Yes —", []string{"about 430 people"}, nil},
		{"did over 1000 people come", "No —", []string{"about 430 people"}, nil},
		{"did the cook-off raise less than ten thousand dollars", "No —", []string{"$12,500"}, nil},
		{"were there fewer than 40 cooks", "Yes —", []string{"Thirty-one cooks"}, nil},
		// a verb the article never uses: the count is read past it
		{"did the cook-off net over $10k", "Yes —", []string{"$12,500"}, nil},
		{"will the roof cost at least 50 grand", "Yes —", []string{"more than $60,000"}, nil},
		// "about 430" is rounded to the ten: it does not settle 425
		{"did more than 425 people come", partialYesNo, nil, []string{"Yes —", "No —"}},
		// "more than $60,000" says nothing of $100,000
		{"will the roof cost more than $100,000", partialYesNo, nil, []string{"Yes —", "No —"}},
	})
}

// limitArticle states two figures beside their limits, one on each side.
const limitArticle = `Ferry cited after harbor run

PORT ELLIS, Maine (AP) — The harbor ferry crossed the inner channel at 9 knots, under the 10-knot limit, the harbor master said Friday.

A fishing skiff that followed it was logged at 14 knots, above the limit, and its owner was fined $200.
`

// TestLimitVerdict: a figure stated "under" or "above" a limit settles
// whether the limit was passed, for the thing the question names.
func TestLimitVerdict(t *testing.T) {
	e := engineOf(t, limitArticle)
	checkOpenings(t, e, []openingCase{
		{"was the ferry speeding", "No —", []string{"9 knots"}, nil},
		{"was the skiff speeding", "Yes —", []string{"14 knots"}, nil},
		{"was the ferry within the limit", "Yes —", []string{"9 knots"}, nil},
		{"did the skiff go over the limit", "Yes —", []string{"14 knots"}, nil},
	})
	g := engineOf(t, goalArticle)
	checkOpenings(t, g, []openingCase{
		{"did the club hit its goal", "No —", []string{"$6,400"}, nil},
		{"did they fall short", "Yes —", []string{"$6,400"}, nil},
		{"did the bake sale make as much as they expected", "Yes —", []string{"$900"}, nil},
	})
}

// goalArticle states one sum short of its goal and one above what was
// expected.
const goalArticle = `Rotary club's book drive misses mark

DANVILLE, Vt. (AP) — The Danville Rotary Club raised $6,400 for its reading program, short of its $8,000 goal, club president Amy Ford said.

A bake sale on Saturday brought in $900, topping the $600 organizers had expected.
`
