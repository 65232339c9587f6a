-- A curator's correction, as it would ship in a release: the page must show it once that release starts.
UPDATE programs SET title = 'Supply Chain Management (corrected)' WHERE id = 'mitx-supply-chain-management';
