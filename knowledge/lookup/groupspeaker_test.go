package lookup

import "testing"

// "what did they say", asked of one story, quotes the member of the
// lead's group that the article titles by the group's noun.
func TestGroupSpeaker(t *testing.T) {
	e := engineOf(t, "Biologists tag rare sturgeon in river\n\nHALLOWAY, Mo. (AP) — Fisheries biologists from Carver State University tagged a 6-foot pallid sturgeon on Monday, the first caught in the river in a decade.\n\nA boat captain, Dale Ames, said he had never seen one. \"I thought it was a log,\" Ames said.\n\nThe fish weighed 58 pounds, said lead biologist Tara Quist.\n\n\"Every one we find tells us the river is healing,\" Quist said.\n")
	checkAnswers(t, e, []answerCase{
		{"what did they say", []string{"healing"}, []string{"log"}},
	})
	checkAnswers(t, e, []answerCase{
		{"what did they say about the weather", nil, []string{"healing"}}, // words of its own: not the group's voice
	})
	e = engineOf(t, "Beekeepers rescue hive from church wall\n\nALTON, Ill. (AP) — Two beekeepers removed a hive of 30,000 bees from the wall of a church on Friday.\n\n\"I have never seen so much comb,\" said the pastor, Ruth Hale.\n\n\"The queen was the last one out,\" said Omar Reyes, 52, a beekeeper for 30 years.\n")
	checkAnswers(t, e, []answerCase{
		{"what did they say", []string{"queen"}, []string{"comb"}},
	})
	e = engineOf(t, "Village board votes to close pond to skaters\n\nMILLBROOK, Vt. (AP) — The Millbrook Village Board voted 4-1 on Monday to close Tanner Pond to skating for the winter.\n\n\"The ice has not been safe for two years,\" said a resident, Hal Boyce.\n\n\"We cannot post a lifeguard on a frozen pond,\" said board chair Nina Frost.\n")
	checkAnswers(t, e, []answerCase{
		{"what did they say", []string{"lifeguard"}, []string{"ice has not"}},
	})
}
