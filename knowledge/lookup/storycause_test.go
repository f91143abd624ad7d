package lookup

import "testing"

// panhandleFire is a short article written for this test and in no question
// set: the fire's cause told only by a bare "cause" in a sentence that
// does not name the fire, and a background sentence that compares the
// fire with an earlier one by "the largest … since".
const panhandleFire = "Grass fire burns 3,000 acres near Amarillo\n\n" +
	"AMARILLO, Texas — A grass fire driven by dry winds burned about 3,000 acres north of Amarillo on Sunday and destroyed two barns, officials said.\n\n" +
	"Crews from nine departments fought the fire into the night. Officials have not determined a cause.\n\n" +
	"Ranchers moved about 400 cattle out of its path.\n\n" +
	"The fire is the largest in the county since the Windy Deuce fire in 2024.\n"

// TestStoryCauseBare: "what caused the fire", asked of the story's own
// fire, is answered by the sentence that says no cause is determined,
// not by the background sentence whose "since" after a superlative is a
// preposition of time (storycause.go, causeword.go).
func TestStoryCauseBare(t *testing.T) {
	e := engineOf(t, panhandleFire)
	checkOpenings(t, e, []openingCase{
		{q: "what caused the fire", first: "", want: []string{"not determined a cause"}, not: []string{"Windy Deuce"}},
	})
}
