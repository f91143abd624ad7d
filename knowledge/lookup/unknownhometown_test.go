package lookup

import "testing"

func TestUnknownHometownAfterOf(t *testing.T) {
	e := engineOf(t, "Quilt found at flea market\n\nA quilt made by Edna Hollister of Emporia was found on Saturday, deputies said. It hangs at the Emporia Public Library. Tom Kessler of Brantley Corp. said the market was busy. Hollister said she cried. The quilt will go back to Hollister next week.\n\nCaleb Whitaker of Dothan finished second. Mara Lind of Whitaker's team was third.\n")
	checkAnswers(t, e, []answerCase{
		{"where is hollister from", []string{"Emporia"}, nil},
		{"where does hollister live", []string{"Emporia"}, nil},
		{"where's whitaker from", []string{"Dothan"}, nil},
		// an organisation the article knows is an employer, not a town
		{"where is kessler from", nil, []string{"Brantley Corp"}},
		// another person's surname after "of" is no town
		{"where is lind from", nil, []string{"Whitaker."}},
	})
}
