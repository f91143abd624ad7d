package lookup

import "testing"

// tallyArticle reports two chambers' votes, an amendment's, and a city
// council named after its city.
const tallyArticle = "Ohio House passes transit bill\n\nCOLUMBUS, Ohio (AP) — The Ohio House approved a bus funding bill 61-35 on Wednesday, sending it to the governor. The measure needs no Senate hearing.\n\nThe state Senate passed it 20-12 last month.\n\nAn amendment to cut the funding failed 30-66.\n\nIn Dayton, the Dayton City Council backed a matching plan. Residents of Dayton packed the meeting.\n\nThe Dayton City Council voted 6-1 on Monday to add two bus routes.\n"

// TestTallyOfNamedBody checks that a tally noun premodified by the body
// that cast it ("the senate vote", "the house tally") asks for that
// body's figure, that a fronted operator or wh-word keeps its own
// question, and that a city's council casts the city's vote.
func TestTallyOfNamedBody(t *testing.T) {
	e := engineOf(t, tallyArticle)
	checkAnswers(t, e, []answerCase{
		{"hey whats the senate vote", []string{"20-12"}, []string{"61-35", "30-66"}},
		{"and the house tally?", []string{"61-35"}, []string{"20-12", "30-66"}},
		{"what was the final tally on the dayton bus routes", []string{"6-1"}, nil},
		// the headline names the matter the tally sentence calls "it"
		{"whats the senate vote on the transit bill", []string{"20-12"}, []string{"61-35", "30-66"}},
		// a matter the article never reports a vote on is not found
		{"whats the senate vote on the school budget", nil, []string{"20-12"}},
		// a yes/no question about the vote is not asked for its figure
		{"did the senate vote on the amendment", nil, []string{"20-12."}},
	})
	for q, want := range map[string]answerType{
		"whats the senate vote":          tScore,
		"the house tally?":               tScore,
		"did the union vote to strike":   tYesNo,
		"was the board vote unanimous":   tYesNo,
		"who had the top score":          tPerson,
		"how did the council vote on it": tManner,
		"what was the final score":       tScore,
	} {
		if got, _ := classify(tokenize(q)); got != want {
			t.Errorf("%q: type %v, want %v", q, got, want)
		}
	}
}

// TestTallySidesCompared checks that a comparison of one side of two
// bodies' votes reads each body's tally, for votes first and against
// second, and that a body with no tally in the article is not guessed.
func TestTallySidesCompared(t *testing.T) {
	e := engineOf(t, tallyArticle)
	checkAnswers(t, e, []answerCase{
		{"more no votes in the house or senate", []string{"The house: 35 no votes, to 12 in the senate."}, nil},
		{"which had fewer yes votes, the house or the senate", []string{"The senate: 20 yes votes"}, nil},
		{"more no votes in the house or the school board", nil, []string{"no votes, to"}},
	})
}

// A number the question states rules out only the same number: a score
// is a pair, so "after two periods" does not rule out "led 2-1".
func TestScoreNotStatedByCount(t *testing.T) {
	e := engineOf(t, `Falcons fall in overtime

ROCKFORD, Ill. (AP) — The Rockford Falcons led 2-1 after two periods but lost 4-3 in overtime to the Peoria Rivermen on Friday night.
`)
	checkOpenings(t, e, []openingCase{
		{q: "what was the score after two periods", first: "2-1"},
	})
}
