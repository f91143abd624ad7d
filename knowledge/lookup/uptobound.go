package lookup

// upToBound is the index of the token before the bound "up to" when it
// ends at token k ("a discount of up to 25%"), or k itself. "Up to" sets
// the upper limit of the figure after it as "at most" does (numberBounds;
// Merriam-Webster, "up to" 2: "as many or as much as"), a hedge of the
// figure and no word of the phrase it measures, so the noun the figure is
// the amount of stands before it.
func upToBound(toks []token, k int) int {
	if k >= 1 && toks[k].lower == "to" && toks[k-1].lower == "up" {
		return k - 2
	}
	return k
}
