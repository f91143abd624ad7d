package lookup

import "testing"

func TestPlacedRoleHome(t *testing.T) {
	e := engineOf(t, "Nurse wins essay prize\n\nJana Kowalski, a Tillamook nurse, won the state essay prize on Friday.\n\nThe runner-up, Omar Haddad, a Salem-based contractor, wrote about bridges.\n\nA third entrant, Lena Dietz, an English teacher, was praised by the judges.\n")
	checkOpenings(t, e, []openingCase{
		{q: "where is kowalski from", first: "Tillamook."},
		{q: "where's haddad from", first: "Salem."},
	})
	checkAnswers(t, e, []answerCase{
		{"where is dietz from", nil, []string{"English."}},
	})
}

func TestPlacedRoleHomeFirstReference(t *testing.T) {
	e := engineOf(t, "Driver wins raffle\n\nA Medford bus driver won the county raffle on Friday.\n\nRosa Ibarra, 61, said she would buy a boat.\n\nIbarra, a Jackson County grandmother of four, has driven for 12 years.\n")
	checkOpenings(t, e, []openingCase{
		{q: "where is ibarra from", first: "Medford."},
	})
}

func TestPlacedRoleHomeNotGenitive(t *testing.T) {
	e := engineOf(t, "Senator defends trip\n\nSen. Lee Burrows defended the trip on Monday.\n\nBurrows' spokeswoman, Dana Whitcomb, said the trip was paid for privately.\n")
	checkAnswers(t, e, []answerCase{
		{"where is whitcomb from", nil, []string{"Burrows'."}},
	})
}

func TestPlacedRoleHomeSentenceInitial(t *testing.T) {
	e := engineOf(t, "Runner wins trail race\n\nDana Ruiz won the trail race on Saturday.\n\nRace director Mel Ortiz said the course was the hardest in years.\n")
	checkAnswers(t, e, []answerCase{
		{"where is ortiz from", nil, []string{"Race."}},
	})
}

func TestPlacedRoleHomeInitialDeterminer(t *testing.T) {
	e := engineOf(t, "Rancher charged in fuel theft\n\nA Pecos County rancher, Dale Hurd, was charged Monday with stealing diesel.\n")
	checkOpenings(t, e, []openingCase{
		{q: "where is hurd from", first: "Pecos County."},
	})
}

// TestPlacedRoleHomeProperAtStart: a sentence-initial premodifier the
// lexicon knows only as a proper noun ("Duluth") or not at all ("Quillby")
// is a name, so the town; a common word capitalised by its place ("City",
// "Park") is not.
func TestPlacedRoleHomeProperAtStart(t *testing.T) {
	e := engineOf(t, "Angler lands record pike\n\nAn angler landed a record northern pike on Saturday.\n\nDuluth angler Rosa Hale said the fish took an hour to land.\n\nQuillby guide Tom Bell said he had never seen a bigger one.\n\nCity council member Ann Voss said the lake would get a plaque.\n\nPark ranger Lee Dunn measured the fish.\n")
	checkOpenings(t, e, []openingCase{
		{q: "where is rosa hale from", first: "Duluth."},
		{q: "where's bell from", first: "Quillby."},
	})
	checkAnswers(t, e, []answerCase{
		{"where is voss from", nil, []string{"City."}},
		{"where is dunn from", nil, []string{"Park."}},
	})
}
