"""Excel in and out (Qt-free): safe reading, form templates, list headers, exports."""
